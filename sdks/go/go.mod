// generated from spec/openapi.yaml by tessera-codegen, do not edit
module example.invalid/tessera/sdks/go

go 1.23
