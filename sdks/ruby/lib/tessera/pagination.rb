# generated from spec/openapi.yaml by tessera-codegen, do not edit
# frozen_string_literal: true

module Tessera
  # One page of a cursor-paginated list. +each+ (and every +Enumerable+ method) walks this
  # page's items and then every later page's, fetching them as it goes.
  #
  #   client.list_users("acme", limit: 50).each { |user| puts user.email }
  class Page
    include Enumerable

    # This page's items.
    attr_reader :data
    # The cursor of the next page; nil on the last page.
    attr_reader :next_cursor

    # +fetch+ takes a cursor (nil for the first page) and returns [items, next_cursor].
    def initialize(fetch, cursor, first: nil)
      @fetch = fetch
      @data, @next_cursor = first || fetch.call(cursor)
    end

    def next_page?
      !@next_cursor.nil?
    end

    # The next page, fetched now; nil after the last.
    def next_page
      return nil if @next_cursor.nil?

      Page.new(@fetch, nil, first: @fetch.call(@next_cursor))
    end

    # Yields this page and every later one.
    def each_page
      return enum_for(:each_page) unless block_given?

      page = self
      until page.nil?
        yield page
        page = page.next_page
      end
    end

    # Yields every item of this page and of every later one.
    def each(&block)
      return enum_for(:each) unless block_given?

      each_page { |page| page.data.each(&block) }
    end

    def inspect
      "#<Tessera::Page items=#{@data.length} next_cursor=#{@next_cursor.inspect}>"
    end
  end
end
