"""Tests of kg/viz: projection, rendering, graph files and the explorer in headless Chromium."""
