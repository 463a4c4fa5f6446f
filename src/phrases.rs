//! Phrase lists shared by the HTML and text heuristics.
