"""``chainer.distributions``: probability distributions."""
from chainer_compat.distributions.bernoulli import Bernoulli  # NOQA
from chainer_compat.distributions.beta import Beta  # NOQA
from chainer_compat.distributions.categorical import Categorical  # NOQA
from chainer_compat.distributions.cauchy import Cauchy  # NOQA
from chainer_compat.distributions.chisquare import Chisquare  # NOQA
from chainer_compat.distributions.dirichlet import Dirichlet  # NOQA
from chainer_compat.distributions.exponential import Exponential  # NOQA
from chainer_compat.distributions.gamma import Gamma  # NOQA
from chainer_compat.distributions.geometric import Geometric  # NOQA
from chainer_compat.distributions.gumbel import Gumbel  # NOQA
from chainer_compat.distributions.independent import Independent  # NOQA
from chainer_compat.distributions.laplace import Laplace  # NOQA
from chainer_compat.distributions.log_normal import LogNormal  # NOQA
from chainer_compat.distributions.multivariate_normal import (  # NOQA
    MultivariateNormal)
from chainer_compat.distributions.normal import Normal  # NOQA
from chainer_compat.distributions.one_hot_categorical import (  # NOQA
    OneHotCategorical)
from chainer_compat.distributions.pareto import Pareto  # NOQA
from chainer_compat.distributions.poisson import Poisson  # NOQA
from chainer_compat.distributions.uniform import Uniform  # NOQA
from chainer_compat.distributions import utils  # NOQA
