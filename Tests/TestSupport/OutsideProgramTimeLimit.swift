import Testing

extension Trait where Self == TimeLimitTrait {
    /// The time limit of a test that waits for outside programs (a browser, the Nu checker,
    /// schemathesis, nginx, servers under load): a guard against a hang, not a measure of speed
    /// (that is `scripts/bench`).
    ///
    /// Ten minutes, because in the full parallel run these tests share two cores with some 400
    /// others and with each other: schemathesis took 49 s alone and 242-372 s there, the Nu
    /// checker 133-148 s against a limit of 180, so limits set near the usual time failed runs
    /// that had nothing wrong.
    public static var outsidePrograms: Self { .timeLimit(.minutes(10)) }
}
