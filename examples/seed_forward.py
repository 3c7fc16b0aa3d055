import chainer
import chainer.functions as F
import chainer.links as L
import numpy as np
from chainer import Variable

# Define the neural network model
class SimpleNN(chainer.Chain):
    def __init__(self):
        super(SimpleNN, self).__init__()
        with self.init_scope():
            self.l1 = L.Linear(3, 5)  # Input layer to hidden layer
            self.l2 = L.Linear(5, 2)  # Hidden layer to output layer

    def forward(self, x):
        # Compute the hidden layer output
        h = self.l1(x)
        print("Hidden layer (before activation):", h.data)
        # Apply ReLU activation function
        h = F.relu(h)
        print("Hidden layer (after ReLU):", h.data)
        # Compute the output layer
        y = self.l2(h)
        print("Output layer (before activation):", y.data)
        return y

# Create the model instance
model = SimpleNN()

# Prepare the input data
x = Variable(np.array([[1, 2, 3]], dtype=np.float32))  # Single sample with 3 features

# Perform forward propagation
output = model.forward(x)

# Display the final output
print("Final Output:", output.data)
