"""Tests of the collection calculations: betalingsregelingen, capacity, invorderingsrente, allocation."""
