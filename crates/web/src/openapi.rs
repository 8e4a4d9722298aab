//! The OpenAPI 3.1 description of `/api/v1/`, served at `/api/v1/openapi.json`.

use serde_json::{json, Value};

pub fn description() -> Value {
    let filter = |name: &str, description: &str| json!({"name": name, "in": "query", "required": false, "schema": {"type": "string"}, "description": description});
    let error = json!({"description": "An error", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}});
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "headcount",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "Layoff rounds merged from news, WARN notices and tracker tables; every figure traced to its sentence."
        },
        "paths": {
            "/api/v1/events": {"get": {
                "summary": "Events matching the filters, newest first by default, with facet counts",
                "parameters": [
                    filter("company", "A company: its events and its subsidiaries'"),
                    filter("kind", "layoff, plan, cumulative, closure or hiring"),
                    filter("year", "Events that start in this year (YYYY)"),
                    filter("month", "Events that start in this month (YYYY-MM)"),
                    filter("reason", "A reason, as the event JSON spells it"),
                    filter("location", "A location, as the event JSON spells it"),
                    filter("unit", "A unit, as the event JSON spells it"),
                    filter("source", "news, warn or tracker"),
                    filter("state", "A two-letter state code of a WARN notice"),
                    filter("sort", "newest, oldest, headcount, sources or company"),
                    {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1}},
                    {"name": "per_page", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 1000}}
                ],
                "responses": {"200": {"description": "A page of events", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Listing"}}}}, "400": error}
            }},
            "/api/v1/events/{id}": {"get": {
                "summary": "One event with its sources, their evidence sentences (with the marked words of each field) and the merge log",
                "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
                "responses": {"200": {"description": "The event", "content": {"application/json": {"schema": {"type": "object"}}}},
                              "308": {"description": "An older id: Location names the current event"},
                              "404": error}
            }},
            "/api/v1/companies/{name}": {"get": {
                "summary": "A company's events, the units hit, locations, severance and where it still hires",
                "parameters": [{"name": "name", "in": "path", "required": true, "schema": {"type": "string"}}],
                "responses": {"200": {"description": "The company", "content": {"application/json": {"schema": {"type": "object"}}}}, "404": error}
            }},
            "/api/v1/search": {"get": {
                "summary": "Company names and article text (full-text) holding every word of q",
                "parameters": [{"name": "q", "in": "query", "required": true, "schema": {"type": "string", "maxLength": 500}}],
                "responses": {"200": {"description": "Companies and documents", "content": {"application/json": {"schema": {"type": "object"}}}}, "400": error}
            }},
            "/api/v1/documents": {"post": {
                "summary": "Ingest one news-please JSON document: returns its claims and the events it touched",
                "security": [{"bearer": []}],
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NewsPlease"}}}},
                "responses": {
                    "200": {"description": "The claims and the events", "content": {"application/json": {"schema": {"type": "object"}}}},
                    "400": error,
                    "401": error,
                    "403": error,
                    "413": {"description": "The body is larger than 2 MB"}
                }
            }}
        },
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer", "description": "The token set in HEADCOUNT_TOKEN where the server runs; without one, writes are off (403)"}},
            "schemas": {
                "Error": {"type": "object", "properties": {"error": {"type": "string"}, "status": {"type": "integer"}}, "required": ["error", "status"]},
                "Listing": {"type": "object", "properties": {
                    "total": {"type": "integer"}, "page": {"type": "integer"}, "per_page": {"type": "integer"},
                    "next": {"type": ["string", "null"]},
                    "events": {"type": "array", "items": {"type": "object"}},
                    "facets": {"type": "object"}
                }},
                "NewsPlease": {"type": "object", "required": ["maintext"], "properties": {
                    "maintext": {"type": "string"}, "title": {"type": ["string", "null"]},
                    "url": {"type": ["string", "null"]}, "date_publish": {"type": ["string", "null"]},
                    "source_domain": {"type": ["string", "null"]}, "id": {}
                }}
            }
        }
    })
}
