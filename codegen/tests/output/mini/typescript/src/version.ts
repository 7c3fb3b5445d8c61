// generated from spec/openapi.yaml by tessera-codegen, do not edit
/** This SDK's version, which is the version of the API description it was generated from. */
export const VERSION = "1.2.3";
