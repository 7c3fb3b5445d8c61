<?php
// generated from spec/openapi.yaml by tessera-codegen, do not edit
declare(strict_types=1);

namespace Tessera\Models;

/** @internal Helpers of the generated models. */
final class ModelSupport
{
    /**
     * A required field of a JSON object.
     *
     * @param array<string, mixed> $data
     */
    public static function required(array $data, string $key, string $model): mixed
    {
        if (!array_key_exists($key, $data)) {
            throw new \UnexpectedValueException("{$model}: the JSON object has no `{$key}`");
        }
        return $data[$key];
    }

    /**
     * A JSON object (a map), which must stay `{}` in JSON when it is empty.
     *
     * @param array<string, mixed> $map
     */
    public static function object(array $map): object
    {
        return (object) $map;
    }

    public static function time(string $value): \DateTimeImmutable
    {
        return new \DateTimeImmutable($value);
    }

    public static function formatTime(\DateTimeInterface $value): string
    {
        return $value->format(\DATE_RFC3339_EXTENDED);
    }
}

enum PetKind: string
{
    case CAT = 'cat';
    case DOG = 'dog';
}

enum Code: string
{
    case NOT_FOUND = 'not_found';
    case TAKEN = 'taken';
}

/**
 * A pet. Its `name` may be "unknown" *\/ and that's fine.
 */
final class Pet
{
    public function __construct(
        /**
         * @var string
         */
        public readonly string $id,
        /**
         * @var string The """name""".
         */
        public readonly string $name,
        /**
         * @var \Tessera\Models\PetKind
         */
        public readonly \Tessera\Models\PetKind $kind,
        /**
         * @var \DateTimeImmutable
         */
        public readonly \DateTimeImmutable $bornAt,
        /**
         * @var list<string>
         */
        public readonly array $tags,
        /**
         * @var array<string, int>
         */
        public readonly array $traits,
        /**
         * @var string|null
         */
        public readonly ?string $owner,
        /**
         * @var list<\DateTimeImmutable>|null
         */
        public readonly ?array $vetVisits = null,
        /**
         * @var list<\Tessera\Models\Pet>|null
         */
        public readonly ?array $friends = null,
        /**
         * @var string|null A Python keyword.
         */
        public readonly ?string $from = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            id: \Tessera\Models\ModelSupport::required($data, 'id', 'Pet'),
            name: \Tessera\Models\ModelSupport::required($data, 'name', 'Pet'),
            kind: \Tessera\Models\PetKind::from(\Tessera\Models\ModelSupport::required($data, 'kind', 'Pet')),
            bornAt: \Tessera\Models\ModelSupport::time(\Tessera\Models\ModelSupport::required($data, 'born_at', 'Pet')),
            tags: \Tessera\Models\ModelSupport::required($data, 'tags', 'Pet'),
            traits: \Tessera\Models\ModelSupport::required($data, 'traits', 'Pet'),
            owner: \Tessera\Models\ModelSupport::required($data, 'owner', 'Pet'),
            vetVisits: (($data['vet_visits'] ?? null) === null ? null : array_map(static fn ($_v0) => \Tessera\Models\ModelSupport::time($_v0), $data['vet_visits'])),
            friends: (($data['friends'] ?? null) === null ? null : array_map(static fn ($_v0) => \Tessera\Models\Pet::fromArray($_v0), $data['friends'])),
            from: $data['from'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['id'] = $this->id;
        $out['name'] = $this->name;
        $out['kind'] = $this->kind->value;
        $out['born_at'] = \Tessera\Models\ModelSupport::formatTime($this->bornAt);
        $out['tags'] = $this->tags;
        $out['traits'] = \Tessera\Models\ModelSupport::object($this->traits);
        $out['owner'] = $this->owner;
        if ($this->vetVisits !== null) {
            $out['vet_visits'] = array_map(static fn ($_v0) => \Tessera\Models\ModelSupport::formatTime($_v0), $this->vetVisits);
        }
        if ($this->friends !== null) {
            $out['friends'] = array_map(static fn ($_v0) => $_v0->toArray(), $this->friends);
        }
        if ($this->from !== null) {
            $out['from'] = $this->from;
        }
        return $out;
    }
}

/**
 * A record of the API.
 */
final class Waiting
{
    public function __construct(
        /**
         * @var int
         */
        public readonly int $position,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            position: \Tessera\Models\ModelSupport::required($data, 'position', 'Waiting'),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['position'] = $this->position;
        return $out;
    }
}

/**
 * A record of the API.
 */
final class NewPet
{
    public function __construct(
        /**
         * @var string
         */
        public readonly string $name,
        /**
         * @var \Tessera\Models\PetKind
         */
        public readonly \Tessera\Models\PetKind $kind,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            name: \Tessera\Models\ModelSupport::required($data, 'name', 'NewPet'),
            kind: \Tessera\Models\PetKind::from(\Tessera\Models\ModelSupport::required($data, 'kind', 'NewPet')),
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['name'] = $this->name;
        $out['kind'] = $this->kind->value;
        return $out;
    }
}

/**
 * A record of the API.
 */
final class Rename
{
    public function __construct(
        /**
         * @var string|null
         */
        public readonly ?string $name = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            name: $data['name'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        if ($this->name !== null) {
            $out['name'] = $this->name;
        }
        return $out;
    }
}

/**
 * A record of the API.
 */
final class TokenForm
{
    public function __construct(
        /**
         * @var string
         */
        public readonly string $grantType,
        /**
         * @var string|null
         */
        public readonly ?string $scope = null,
        /**
         * @var string|null
         */
        public readonly ?string $resource = null,
        /**
         * @var string|null
         */
        public readonly ?string $clientId = null,
        /**
         * @var string|null
         */
        public readonly ?string $clientSecret = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            grantType: \Tessera\Models\ModelSupport::required($data, 'grant_type', 'TokenForm'),
            scope: $data['scope'] ?? null,
            resource: $data['resource'] ?? null,
            clientId: $data['client_id'] ?? null,
            clientSecret: $data['client_secret'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['grant_type'] = $this->grantType;
        if ($this->scope !== null) {
            $out['scope'] = $this->scope;
        }
        if ($this->resource !== null) {
            $out['resource'] = $this->resource;
        }
        if ($this->clientId !== null) {
            $out['client_id'] = $this->clientId;
        }
        if ($this->clientSecret !== null) {
            $out['client_secret'] = $this->clientSecret;
        }
        return $out;
    }
}

/**
 * A record of the API.
 */
final class TokenAnswer
{
    public function __construct(
        /**
         * @var string
         */
        public readonly string $accessToken,
        /**
         * @var int
         */
        public readonly int $expiresIn,
        /**
         * @var string|null
         */
        public readonly ?string $scope = null,
        /**
         * @var array<string, string>|null
         */
        public readonly ?array $extra = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            accessToken: \Tessera\Models\ModelSupport::required($data, 'access_token', 'TokenAnswer'),
            expiresIn: \Tessera\Models\ModelSupport::required($data, 'expires_in', 'TokenAnswer'),
            scope: $data['scope'] ?? null,
            extra: $data['extra'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['access_token'] = $this->accessToken;
        $out['expires_in'] = $this->expiresIn;
        if ($this->scope !== null) {
            $out['scope'] = $this->scope;
        }
        if ($this->extra !== null) {
            $out['extra'] = \Tessera\Models\ModelSupport::object($this->extra);
        }
        return $out;
    }
}

/**
 * A record of the API.
 */
final class PetList
{
    public function __construct(
        /**
         * @var list<\Tessera\Models\Pet>
         */
        public readonly array $data,
        /**
         * @var string|null
         */
        public readonly ?string $nextCursor = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            data: array_map(static fn ($_v0) => \Tessera\Models\Pet::fromArray($_v0), \Tessera\Models\ModelSupport::required($data, 'data', 'PetList')),
            nextCursor: $data['next_cursor'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['data'] = array_map(static fn ($_v0) => $_v0->toArray(), $this->data);
        if ($this->nextCursor !== null) {
            $out['next_cursor'] = $this->nextCursor;
        }
        return $out;
    }
}

/**
 * A record of the API.
 */
final class Problem
{
    public function __construct(
        /**
         * @var int
         */
        public readonly int $status,
        /**
         * @var string
         */
        public readonly string $detail,
        /**
         * @var \Tessera\Models\Code
         */
        public readonly \Tessera\Models\Code $code,
        /**
         * @var string|null
         */
        public readonly ?string $requestId = null,
    ) {
    }

    /**
     * Reads a decoded JSON object; a missing required field throws UnexpectedValueException.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): self
    {
        return new self(
            status: \Tessera\Models\ModelSupport::required($data, 'status', 'Problem'),
            detail: \Tessera\Models\ModelSupport::required($data, 'detail', 'Problem'),
            code: \Tessera\Models\Code::from(\Tessera\Models\ModelSupport::required($data, 'code', 'Problem')),
            requestId: $data['request_id'] ?? null,
        );
    }

    /**
     * The JSON object, without the optional fields that are null.
     *
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        $out = [];
        $out['status'] = $this->status;
        $out['detail'] = $this->detail;
        $out['code'] = $this->code->value;
        if ($this->requestId !== null) {
            $out['request_id'] = $this->requestId;
        }
        return $out;
    }
}

/**
 * A pet, or a place on the waiting list.
 */
final class Adoption
{
    /**
     * The first variant, in order, whose required fields are all present.
     *
     * @param array<string, mixed> $data
     */
    public static function fromArray(array $data): \Tessera\Models\Pet|\Tessera\Models\Waiting
    {
        if (array_diff(['id', 'name', 'kind', 'born_at', 'tags', 'traits', 'owner'], array_keys($data)) === []) {
            return \Tessera\Models\Pet::fromArray($data);
        }
        if (array_diff(['position'], array_keys($data)) === []) {
            return \Tessera\Models\Waiting::fromArray($data);
        }
        throw new \UnexpectedValueException('Adoption: no variant matches the keys ' . implode(', ', array_keys($data)));
    }
}
