def bbox_iou(box_a, box_b):
    """Intersection over union; areas without +1, extents clamped at 0, union 0 gives 0."""
    iw = max(0.0, min(box_a[2], box_b[2]) - max(box_a[0], box_b[0]))
    ih = max(0.0, min(box_a[3], box_b[3]) - max(box_a[1], box_b[1]))
    inter = iw * ih
    area_a = (box_a[2] - box_a[0]) * (box_a[3] - box_a[1])
    area_b = (box_b[2] - box_b[0]) * (box_b[3] - box_b[1])
    union = area_a + area_b - inter
    return inter / union if union > 0 else 0.0
