"""The extraction pipeline: sniff -> read the article -> find quotes -> attribute speakers."""
