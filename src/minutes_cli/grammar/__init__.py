"""Shared grammar of Swedish minutes: dates and times, names of people."""
