import chainer
import chainer.functions as F
import chainer.links as L
from chainer import Chain, optimizers
import numpy as np

# Define a simple neural network
class MLP(Chain):
    def __init__(self):
        super(MLP, self).__init__()
        with self.init_scope():
            self.l1 = L.Linear(2, 3)  # Input layer to hidden layer
            self.l2 = L.Linear(3, 1)  # Hidden layer to output layer

    def forward(self, x):
        h = F.relu(self.l1(x))  # Forward pass through hidden layer
        y = self.l2(h)  # Forward pass through output layer
        return y

# Create a model and an optimizer
model = MLP()
optimizer = optimizers.SGD()
optimizer.setup(model)

# Sample input and target data
x = chainer.Variable(np.array([[1.0, 2.0]], dtype=np.float32))
t = chainer.Variable(np.array([[1.0]], dtype=np.float32))

# Forward pass
y = model.forward(x)
loss = F.mean_squared_error(y, t)  # Compute loss

# Backward pass
model.cleargrads()  # Clear previous gradients
loss.backward()  # Compute gradients
optimizer.update()  # Update parameters using the optimizer

print("Loss:", loss.data)
