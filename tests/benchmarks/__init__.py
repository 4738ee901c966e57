"""Benchmarks: a demo data set plus measurements that report, never assert (`make bench`)."""
