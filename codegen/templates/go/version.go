package tessera

// Version is this SDK's version, the API version it was generated from; the client sends
// it in its User-Agent (`tessera-go/VERSION`).
const Version = {{ version }}
