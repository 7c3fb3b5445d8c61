// generated from spec/openapi.yaml by tessera-codegen, do not edit
package tessera

// Version is this SDK's version, the API version it was generated from; the client sends
// it in its User-Agent (`tessera-go/VERSION`).
const Version = "1.2.3"
