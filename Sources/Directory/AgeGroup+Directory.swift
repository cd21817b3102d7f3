import OfferModel

/// `AgeGroup` lives in `OfferModel` (the catalogue's screens name one), but the faces have always
/// known it as a type of the service layer; the alias keeps `import Directory` enough for them.
public typealias AgeGroup = OfferModel.AgeGroup
