VERSION = {{ version }}
"""This SDK's version: the version of the API description it was generated from."""
