# generated from spec/openapi.yaml by tessera-codegen, do not edit
# frozen_string_literal: true

require "time"

module Tessera
  # The API's records, enums and unions.
  module Models
    module PetKind
      CAT = "cat"
      DOG = "dog"
      # Every value, in the spec's order.
      ALL = [CAT, DOG].freeze
    end
    module Code
      NOT_FOUND = "not_found"
      TAKEN = "taken"
      # Every value, in the spec's order.
      ALL = [NOT_FOUND, TAKEN].freeze
    end

    # A pet. Its `name` may be "unknown" */ and that's fine.
    class Pet
      # @return [String]
      attr_reader :id
      # @return [String] The """name""".
      attr_reader :name
      # @return [String (Models::PetKind)]
      attr_reader :kind
      # @return [Time]
      attr_reader :born_at
      # @return [Array<String>]
      attr_reader :tags
      # @return [Hash{String => Integer}]
      attr_reader :traits
      # @return [String, nil]
      attr_reader :owner
      # @return [Array<Time>, nil]
      attr_reader :vet_visits
      # @return [Array<Models::Pet>, nil]
      attr_reader :friends
      # @return [String, nil] A Python keyword.
      attr_reader :from

      def initialize(id:, name:, kind:, born_at:, tags:, traits:, owner:, vet_visits: nil, friends: nil, from: nil)
        @id = id
        @name = name
        @kind = kind
        @born_at = born_at
        @tags = tags
        @traits = traits
        @owner = owner
        @vet_visits = vet_visits
        @friends = friends
        @from = from
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          id: _data.fetch("id"),
          name: _data.fetch("name"),
          kind: _data.fetch("kind"),
          born_at: Time.iso8601(_data.fetch("born_at")),
          tags: _data.fetch("tags"),
          traits: _data.fetch("traits"),
          owner: _data.fetch("owner"),
          vet_visits: (_data["vet_visits"].nil? ? nil : _data["vet_visits"].map { |_v0| Time.iso8601(_v0) }),
          friends: (_data["friends"].nil? ? nil : _data["friends"].map { |_v0| Models::Pet.from_h(_v0) }),
          from: _data["from"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["id"] = @id
        _out["name"] = @name
        _out["kind"] = BaseClient.to_json_value(@kind)
        _out["born_at"] = BaseClient.to_json_value(@born_at)
        _out["tags"] = BaseClient.to_json_value(@tags)
        _out["traits"] = BaseClient.to_json_value(@traits)
        _out["owner"] = @owner
        _out["vet_visits"] = BaseClient.to_json_value(@vet_visits) unless @vet_visits.nil?
        _out["friends"] = BaseClient.to_json_value(@friends) unless @friends.nil?
        _out["from"] = @from unless @from.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # A record of the API.
    class Waiting
      # @return [Integer]
      attr_reader :position

      def initialize(position:)
        @position = position
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          position: _data.fetch("position"),
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["position"] = @position
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # A record of the API.
    class NewPet
      # @return [String]
      attr_reader :name
      # @return [String (Models::PetKind)]
      attr_reader :kind

      def initialize(name:, kind:)
        @name = name
        @kind = kind
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          name: _data.fetch("name"),
          kind: _data.fetch("kind"),
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["name"] = @name
        _out["kind"] = BaseClient.to_json_value(@kind)
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # A record of the API.
    class Rename
      # @return [String, nil]
      attr_reader :name

      def initialize(name: nil)
        @name = name
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          name: _data["name"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["name"] = @name unless @name.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # A record of the API.
    class TokenForm
      # @return [String]
      attr_reader :grant_type
      # @return [String, nil]
      attr_reader :scope
      # @return [String, nil]
      attr_reader :resource
      # @return [String, nil]
      attr_reader :client_id
      # @return [String, nil]
      attr_reader :client_secret

      def initialize(grant_type:, scope: nil, resource: nil, client_id: nil, client_secret: nil)
        @grant_type = grant_type
        @scope = scope
        @resource = resource
        @client_id = client_id
        @client_secret = client_secret
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          grant_type: _data.fetch("grant_type"),
          scope: _data["scope"],
          resource: _data["resource"],
          client_id: _data["client_id"],
          client_secret: _data["client_secret"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["grant_type"] = @grant_type
        _out["scope"] = @scope unless @scope.nil?
        _out["resource"] = @resource unless @resource.nil?
        _out["client_id"] = @client_id unless @client_id.nil?
        _out["client_secret"] = @client_secret unless @client_secret.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # A record of the API.
    class TokenAnswer
      # @return [String]
      attr_reader :access_token
      # @return [Integer]
      attr_reader :expires_in
      # @return [String, nil]
      attr_reader :scope
      # @return [Hash{String => String}, nil]
      attr_reader :extra

      def initialize(access_token:, expires_in:, scope: nil, extra: nil)
        @access_token = access_token
        @expires_in = expires_in
        @scope = scope
        @extra = extra
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          access_token: _data.fetch("access_token"),
          expires_in: _data.fetch("expires_in"),
          scope: _data["scope"],
          extra: _data["extra"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["access_token"] = @access_token
        _out["expires_in"] = @expires_in
        _out["scope"] = @scope unless @scope.nil?
        _out["extra"] = BaseClient.to_json_value(@extra) unless @extra.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # A record of the API.
    class PetList
      # @return [Array<Models::Pet>]
      attr_reader :data
      # @return [String, nil]
      attr_reader :next_cursor

      def initialize(data:, next_cursor: nil)
        @data = data
        @next_cursor = next_cursor
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          data: _data.fetch("data").map { |_v0| Models::Pet.from_h(_v0) },
          next_cursor: _data["next_cursor"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["data"] = BaseClient.to_json_value(@data)
        _out["next_cursor"] = @next_cursor unless @next_cursor.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # A record of the API.
    class Problem
      # @return [Integer]
      attr_reader :status
      # @return [String]
      attr_reader :detail
      # @return [String (Models::Code)]
      attr_reader :code
      # @return [String, nil]
      attr_reader :request_id

      def initialize(status:, detail:, code:, request_id: nil)
        @status = status
        @detail = detail
        @code = code
        @request_id = request_id
      end

      # Reads the JSON object +_data+ (a Hash); a missing required field raises KeyError.
      def self.from_h(_data)
        new(
          status: _data.fetch("status"),
          detail: _data.fetch("detail"),
          code: _data.fetch("code"),
          request_id: _data["request_id"],
        )
      end

      # The JSON object, without the optional fields that are nil.
      def to_h
        _out = {}
        _out["status"] = @status
        _out["detail"] = @detail
        _out["code"] = BaseClient.to_json_value(@code)
        _out["request_id"] = @request_id unless @request_id.nil?
        _out
      end

      def ==(other)
        other.instance_of?(self.class) && other.to_h == to_h
      end
      alias eql? ==

      def hash
        to_h.hash
      end
    end

    # A pet, or a place on the waiting list.
    module Adoption
      # The first variant, in order, whose required fields are all present.
      def self.from_h(_data)
        return Pet.from_h(_data) if (["id", "name", "kind", "born_at", "tags", "traits", "owner"] - _data.keys).empty?
        return Waiting.from_h(_data) if (["position"] - _data.keys).empty?
        raise ArgumentError, "no variant of Adoption matches the keys #{_data.keys.sort.join(", ")}"
      end
    end
  end
end
