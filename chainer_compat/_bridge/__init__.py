"""The one place where Chainer objects meet torch.

Everything that converts between Variables, numpy/cupy arrays and torch
tensors, every dtype rule and every device-specifier parser lives in this
private package.  Function bodies elsewhere see torch tensors only.
"""
