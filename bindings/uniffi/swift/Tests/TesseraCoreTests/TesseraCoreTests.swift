// Smoke tests of the generated Swift API; they need a Swift toolchain, which CI here lacks
// (the Kotlin tests run every shared vector through the same Rust library).
import XCTest
@testable import TesseraCore

final class TesseraCoreTests: XCTestCase {
    // RFC 7515 appendix A.3: an ES256 JWS whose payload has `iss: joe`, `exp: 1300819380`.
    let token = "eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q"
    let jwk = #"{"kty":"EC","crv":"P-256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"}"#

    func testVerifiesAndRejectsExpired() throws {
        let verifier = try JwtVerifier(options: VerifyOptions(algorithms: ["ES256"], issuer: "joe"))
        let key = try Jwk.fromJson(json: jwk)
        let verified = try verifier.verify(token: token, key: key, now: 1_300_819_000)
        XCTAssertEqual(verified.issuer, "joe")
        XCTAssertThrowsError(try verifier.verify(token: token, key: key, now: 1_400_000_000)) { error in
            guard case TesseraError.TokenExpired(let code, _) = error else {
                return XCTFail("expected TokenExpired, got \(error)")
            }
            XCTAssertEqual(code, "token_expired")
        }
    }

    func testThumbprint() throws {
        XCTAssertEqual(try Jwk.fromJson(json: jwk).thumbprint().count, 43)
    }
}
