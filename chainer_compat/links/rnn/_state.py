"""State variables of the stateful RNN links (private)."""


class _StateVariables(object):

    """Mixin (before the Link base) for links keeping ``Variable`` states
    named by ``_state_names``: they follow device moves, ``reset_state``
    clears them and ``_set_states`` installs given ones on the device."""

    _state_names = ('h',)

    def device_resident_accept(self, visitor):
        super(_StateVariables, self).device_resident_accept(visitor)
        for name in self._state_names:
            v = getattr(self, name)
            if v is not None:
                visitor.visit_variable(v)

    def reset_state(self):
        """Resets the internal state (every state variable to ``None``)."""
        for name in self._state_names:
            setattr(self, name, None)

    def _set_states(self, *states):
        from chainer_compat import variable
        for v in states:
            assert isinstance(v, variable.Variable)
        for name, v in zip(self._state_names, states):
            v.to_device(self.device)
            setattr(self, name, v)
