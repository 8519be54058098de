import Testing

/// For a test that guards against a return of quadratic (or unbounded) time, as in CandorKitTests (each test
/// target is a module of its own): its input takes seconds at most in a debug build, and hours if the old
/// behaviour came back. At the limit the test is reported as failed, by name, rather than the run sitting silent.
extension Trait where Self == TimeLimitTrait {
    static var hangLimit: Self { .timeLimit(.minutes(2)) }
}
