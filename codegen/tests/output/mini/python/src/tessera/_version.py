# generated from spec/openapi.yaml by tessera-codegen, do not edit
VERSION = "1.2.3"
"""This SDK's version: the version of the API description it was generated from."""
