# mistake: does not clamp the overlap's width and height at 0 (two negative extents make a positive area)
# 错误：没有把交集的宽高截断到 0（两个负的边长相乘得到正面积）
def bbox_iou(box_a, box_b):
    iw = min(box_a[2], box_b[2]) - max(box_a[0], box_b[0])
    ih = min(box_a[3], box_b[3]) - max(box_a[1], box_b[1])
    inter = iw * ih
    area_a = (box_a[2] - box_a[0]) * (box_a[3] - box_a[1])
    area_b = (box_b[2] - box_b[0]) * (box_b[3] - box_b[1])
    union = area_a + area_b - inter
    return inter / union if union > 0 else 0.0
