<?php

declare(strict_types=1);

namespace Tessera;

/** The SDK's version, which is the API's. */
final class Version
{
    public const VERSION = {{ version }};
}
