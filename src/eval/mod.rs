//! Evaluation against datasets with ground truth.
