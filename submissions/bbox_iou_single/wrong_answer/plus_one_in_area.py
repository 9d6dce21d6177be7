# mistake: adds 1 to widths and heights (the old pixel convention)
# 错误：宽和高都加 1（旧的像素坐标约定）
def bbox_iou(box_a, box_b):
    iw = max(0.0, min(box_a[2], box_b[2]) - max(box_a[0], box_b[0]) + 1)
    ih = max(0.0, min(box_a[3], box_b[3]) - max(box_a[1], box_b[1]) + 1)
    inter = iw * ih
    area_a = (box_a[2] - box_a[0] + 1) * (box_a[3] - box_a[1] + 1)
    area_b = (box_b[2] - box_b[0] + 1) * (box_b[3] - box_b[1] + 1)
    return inter / (area_a + area_b - inter)
