# mistake: divides by the sum of the two areas, not their union (the intersection is counted twice)
# 错误：除以两个面积之和而不是并集（交集被算了两次）
def bbox_iou(box_a, box_b):
    iw = max(0.0, min(box_a[2], box_b[2]) - max(box_a[0], box_b[0]))
    ih = max(0.0, min(box_a[3], box_b[3]) - max(box_a[1], box_b[1]))
    area_a = (box_a[2] - box_a[0]) * (box_a[3] - box_a[1])
    area_b = (box_b[2] - box_b[0]) * (box_b[3] - box_b[1])
    total = area_a + area_b
    return iw * ih / total if total > 0 else 0.0
