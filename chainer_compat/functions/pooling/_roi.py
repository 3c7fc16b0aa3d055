"""Private ROI pooling / align helpers.

ROI geometry (bins, sample points) is computed on the host from the ROI
coordinates (which get no gradient in Chainer), exactly as Chainer's CPU
code computes it; the pooling itself is torch gathers, so autograd gives
Chainer's gradient w.r.t. ``x`` (argmax / bilinear weights).
"""
import numbers

import numpy
import torch

from chainer_compat._bridge import convert as _convert
from chainer_compat.functions.array import _util
from chainer_compat.utils import type_check


def parse_outsize(outsize, spatial_scale):
    outh, outw = _pair(outsize)
    if not (isinstance(outh, numbers.Integral) and outh > 0):
        raise TypeError('outsize[0] must be positive integer: {}, {}'
                        .format(type(outh), outh))
    if not (isinstance(outw, numbers.Integral) and outw > 0):
        raise TypeError('outsize[1] must be positive integer: {}, {}'
                        .format(type(outw), outw))
    if isinstance(spatial_scale, numbers.Integral):
        spatial_scale = float(spatial_scale)
    if not (isinstance(spatial_scale, numbers.Real) and spatial_scale > 0):
        raise TypeError('spatial_scale must be a positive float number: {}, '
                        '{}'.format(type(spatial_scale), spatial_scale))
    return outh, outw, spatial_scale


def _pair(x):
    if hasattr(x, '__iter__'):
        return tuple(x)
    return x, x


def parse_sampling_ratio(sampling_ratio):
    sr = _pair(sampling_ratio)
    if not all((isinstance(s, numbers.Integral) and s >= 1) or s is None
               for s in sr):
        raise TypeError('sampling_ratio must be integer >= 1 or a pair of '
                        'it: {}'.format(sr))
    return sr


def check3(label, xt, rt, it, align):
    def body(in_types):
        type_check.expect(in_types.size() == 3)
        x_type, roi_type, idx_type = in_types
        if align:
            type_check.expect(x_type.dtype == numpy.float32,
                              x_type.ndim == 4,
                              roi_type.dtype == numpy.float32,
                              roi_type.ndim == 2, roi_type.shape[1] == 4,
                              idx_type.dtype == numpy.int32,
                              idx_type.ndim == 1,
                              roi_type.shape[0] == idx_type.shape[0])
        else:
            type_check.expect(x_type.dtype.kind == 'f', x_type.ndim == 4,
                              x_type.dtype == roi_type.dtype,
                              roi_type.ndim == 2, roi_type.shape[1] == 4,
                              idx_type.dtype == numpy.int32,
                              idx_type.ndim == 1,
                              roi_type.shape[0] == idx_type.shape[0])
    _util.check(label, (xt, rt, it), body)


def host(t):
    return _convert.to_numpy(t)


def _slice(size, stride, max_size, offset):
    start = int(numpy.floor(size * stride))
    end = int(numpy.ceil((size + 1) * stride))
    start = min(max(start + offset, 0), max_size)
    end = min(max(end + offset, 0), max_size)
    return start, end


def pool_bins(xt, rois, idxs, outh, outw, scale, mode, plus_one):
    """ROI max/avg pooling over integer bins.

    ``rois`` (host array) rows are ``(ymin, xmin, ymax, xmax)``;
    ``plus_one`` selects roi_pooling_2d's ``max - min + 1`` extent.
    Empty bins give 0 (avg, roi_pooling_2d) or ``-inf`` (roi max).
    """
    C, H, W = xt.shape[1:]
    empty = 0. if (mode == 'avg' or plus_one) else -float('inf')
    rows = []
    for i in range(rois.shape[0]):
        b = int(idxs[i])
        ymin, xmin, ymax, xmax = rois[i]
        ymin = int(round(ymin * scale))
        xmin = int(round(xmin * scale))
        ymax = int(round(ymax * scale))
        xmax = int(round(xmax * scale))
        extra = 1 if plus_one else 0
        rh = max(ymax - ymin + extra, 1)
        rw = max(xmax - xmin + extra, 1)
        sh = 1. * rh / outh
        sw = 1. * rw / outw
        img = xt[b]
        vals = []
        for ph in range(outh):
            hs, he = _slice(ph, sh, H, ymin)
            for pw in range(outw):
                ws, we = _slice(pw, sw, W, xmin)
                if he <= hs or we <= ws:
                    vals.append(xt.new_full((C,), empty))
                    continue
                reg = img[:, hs:he, ws:we].reshape(C, -1)
                if mode == 'max':
                    vals.append(reg.max(dim=1)[0])
                else:
                    vals.append(reg.sum(dim=1) / float(reg.shape[1]))
        rows.append(torch.stack(vals, dim=1).reshape(C, outh, outw))
    if not rows:
        return xt.new_zeros((0, C, outh, outw))
    return torch.stack(rows, dim=0)


def _bounds(p, limit):
    if p < -1 or p > limit:
        return None, None, None
    low = int(numpy.floor(p))
    if low == limit:
        low = low - 1
    high = low + 1
    if low <= -1:
        p = 0
    elif high >= limit:
        p = limit - 1
    return p, low, high


def align(xt, rois, idxs, outh, outw, scale, sampling_ratio, mode):
    """ROIAlign (bilinear samples averaged or maxed per bin)."""
    C, H, W = xt.shape[1:]
    rows = []
    for n in range(rois.shape[0]):
        b = int(idxs[n])
        sh0 = rois[n, 0] * scale
        sw0 = rois[n, 1] * scale
        eh = rois[n, 2] * scale
        ew = rois[n, 3] * scale
        rh = max(eh - sh0, 1.)
        rw = max(ew - sw0, 1.)
        bh = rh / outh
        bw = rw / outw
        gh = (int(numpy.ceil(rh / outh)) if sampling_ratio[0] is None
              else sampling_ratio[0])
        gw = (int(numpy.ceil(rw / outw)) if sampling_ratio[1] is None
              else sampling_ratio[1])
        count = gh * gw
        img = xt[b].reshape(C, -1)
        bins = []
        for ph in range(outh):
            for pw in range(outw):
                idx = []
                wts = []
                samples = []
                for iy in range(gh):
                    y = sh0 + ph * bh + (iy + .5) * bh / gh
                    y, yl, yh = _bounds(y, H)
                    if y is None:
                        continue
                    for ix in range(gw):
                        x = sw0 + pw * bw + (ix + .5) * bw / gw
                        x, xl, xh = _bounds(x, W)
                        if x is None:
                            continue
                        ly = y - yl
                        lx = x - xl
                        hy = yh - y
                        hx = xh - x
                        cand = ((hy * hx, yl, xl, yl >= 0 and xl >= 0),
                                (hy * lx, yl, xh, yl >= 0 and xh <= W - 1),
                                (ly * hx, yh, xl, yh <= H - 1 and xl >= 0),
                                (ly * lx, yh, xh,
                                 yh <= H - 1 and xh <= W - 1))
                        si = []
                        sw_ = []
                        for w_, yy, xx, ok in cand:
                            if w_ > 0 and ok:
                                si.append(yy * W + xx)
                                sw_.append(float(w_))
                        samples.append((si, sw_))
                if mode == 'avg':
                    for si, sw_ in samples:
                        idx += si
                        wts += sw_
                    if idx:
                        it = torch.tensor(idx, device=xt.device)
                        wt = torch.tensor(wts, dtype=torch.float64,
                                          device=xt.device)
                        v = (img[:, it].to(torch.float64) * wt).sum(dim=1)
                        bins.append((v / count).to(xt.dtype))
                    else:
                        bins.append(xt.new_zeros((C,)))
                else:
                    if not samples:
                        bins.append(xt.new_full((C,), -float('inf')))
                        continue
                    vals = []
                    for si, sw_ in samples:
                        if si:
                            it = torch.tensor(si, device=xt.device)
                            wt = torch.tensor(sw_, dtype=torch.float64,
                                              device=xt.device)
                            vals.append((img[:, it].to(torch.float64) *
                                         wt).sum(dim=1))
                        else:
                            vals.append(xt.new_zeros((C,),
                                                     dtype=torch.float64))
                    v = torch.stack(vals, dim=1).max(dim=1)[0]
                    bins.append(v.to(xt.dtype))
        rows.append(torch.stack(bins, dim=1).reshape(C, outh, outw))
    if not rows:
        return xt.new_zeros((0, C, outh, outw))
    return torch.stack(rows, dim=0)

