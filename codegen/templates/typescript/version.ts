/** This SDK's version, which is the version of the API description it was generated from. */
export const VERSION = {{ version }};
