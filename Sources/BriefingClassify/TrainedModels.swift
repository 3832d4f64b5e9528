/// The two learned layers, trained together from one set of examples.
struct TrainedModels: Sendable {
    var section: SectionModel
    var relevance: RelevanceModel
    /// The cloud-native subject terms: the custom vocabulary when there is one, else `DefaultVocabulary.subjects`.
    var subjects: Relevance

    init(examples: [LabeledExample], vocabulary: [String]?) {
        let features = examples.map { ModelFeatures.extract($0.input) }
        section = SectionModel(examples: examples, features: features)
        relevance = RelevanceModel(
            examples: examples, features: features,
            relevance: Relevance(vocabulary: vocabulary ?? DefaultVocabulary.terms))
        subjects = Relevance(vocabulary: vocabulary ?? DefaultVocabulary.subjects)
    }

    /// The models of the shipped examples and the built-in vocabulary, trained once per process: every
    /// classifier without editors' labels or a custom vocabulary shares them.
    static let shipped = TrainedModels(examples: TrainingSet.shipped, vocabulary: nil)
}
