# generated from spec/openapi.yaml by tessera-codegen, do not edit
VERSION = "0.1.0"
"""This SDK's version: the version of the API description it was generated from."""
