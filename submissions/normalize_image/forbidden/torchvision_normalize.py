"""Calls torchvision's own normalize."""
import torchvision.transforms.functional as TF


def normalize_image(x, mean, std):
    return TF.normalize(x, mean, std)
