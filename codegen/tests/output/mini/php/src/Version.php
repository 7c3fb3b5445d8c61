<?php
// generated from spec/openapi.yaml by tessera-codegen, do not edit
declare(strict_types=1);

namespace Tessera;

/** The SDK's version, which is the API's. */
final class Version
{
    public const VERSION = '1.2.3';
}
