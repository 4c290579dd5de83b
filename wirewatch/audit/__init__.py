"""Tools for auditors: rebuild views from the log, explain one event, compare two runs."""
