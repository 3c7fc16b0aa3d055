"""``chainer.training.Updater``: interface of updaters."""


class Updater(object):

    """Interface of updater objects for trainers."""

    def connect_trainer(self, trainer):
        """Connects the updater to the trainer that will call it."""
        pass

    def finalize(self):
        """Finalizes the updater object."""
        raise NotImplementedError

    def get_optimizer(self, name):
        """Gets the optimizer of given name."""
        raise NotImplementedError

    def get_all_optimizers(self):
        """Gets a dictionary of all optimizers for this updater."""
        raise NotImplementedError

    def update(self):
        """Updates the parameters of the target model."""
        raise NotImplementedError

    def serialize(self, serializer):
        """Serializes the current state of the updater object."""
        raise NotImplementedError
