/// A JSON Schema (draft 2020-12) node, as much of it as the export's own schemas need.
struct JSONSchema: Encodable, Sendable {
    var schema: String?
    var id: String?
    var title: String?
    var description: String?
    var type: String?
    var format: String?
    var pattern: String?
    var enumeration: [String]?
    var minimum: Int?
    var maximum: Int?
    var minLength: Int?
    var properties: [String: JSONSchema]?
    var required: [String]?
    var additionalProperties: Bool?
    /// Boxed so the type can contain itself.
    private var itemSchemas: [JSONSchema]?

    enum CodingKeys: String, CodingKey {
        case schema = "$schema", id = "$id", title, description, type, format, pattern, enumeration = "enum"
        case minimum, maximum, minLength, properties, required, additionalProperties, items
    }

    init(type: String? = nil, description: String? = nil) {
        self.type = type
        self.description = description
    }

    static func text(_ description: String, minLength: Int? = nil, format: String? = nil, pattern: String? = nil) -> JSONSchema {
        var schema = JSONSchema(type: "string", description: description)
        schema.minLength = minLength
        schema.format = format
        schema.pattern = pattern
        return schema
    }

    static func integer(_ description: String, in range: ClosedRange<Int>) -> JSONSchema {
        var schema = JSONSchema(type: "integer", description: description)
        schema.minimum = range.lowerBound
        schema.maximum = range.upperBound
        return schema
    }

    static func list(_ description: String, of item: JSONSchema) -> JSONSchema {
        var schema = JSONSchema(type: "array", description: description)
        schema.itemSchemas = [item]
        return schema
    }

    static func object(_ description: String, _ properties: [String: JSONSchema], required: [String]) -> JSONSchema {
        var schema = JSONSchema(type: "object", description: description)
        schema.properties = properties
        schema.required = required
        schema.additionalProperties = false
        return schema
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(schema, forKey: .schema)
        try c.encodeIfPresent(id, forKey: .id)
        try c.encodeIfPresent(title, forKey: .title)
        try c.encodeIfPresent(description, forKey: .description)
        try c.encodeIfPresent(type, forKey: .type)
        try c.encodeIfPresent(format, forKey: .format)
        try c.encodeIfPresent(pattern, forKey: .pattern)
        try c.encodeIfPresent(enumeration, forKey: .enumeration)
        try c.encodeIfPresent(minimum, forKey: .minimum)
        try c.encodeIfPresent(maximum, forKey: .maximum)
        try c.encodeIfPresent(minLength, forKey: .minLength)
        try c.encodeIfPresent(properties, forKey: .properties)
        try c.encodeIfPresent(required, forKey: .required)
        try c.encodeIfPresent(additionalProperties, forKey: .additionalProperties)
        try c.encodeIfPresent(itemSchemas?.first, forKey: .items)
    }
}
