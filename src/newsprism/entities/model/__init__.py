"""The shipped German NER model (CC BY 4.0, see README.md)."""
