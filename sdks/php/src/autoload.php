<?php
// generated from spec/openapi.yaml by tessera-codegen, do not edit
// Loads the whole SDK; Composer's autoloader includes this file, and it works without
// Composer too (require 'sdks/php/src/autoload.php').

declare(strict_types=1);

require_once __DIR__ . '/Version.php';
require_once __DIR__ . '/Errors.php';
require_once __DIR__ . '/Models.php';
require_once __DIR__ . '/Page.php';
require_once __DIR__ . '/BaseClient.php';
require_once __DIR__ . '/Client.php';
require_once __DIR__ . '/ClientCredentials.php';
