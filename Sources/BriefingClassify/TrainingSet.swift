/// The examples compiled into the binary (`ShippedExamples`, generated from `Training/*.jsonl`): the
/// reference issue's items, hand-written titles, and the labeled dev items of other months.
public enum TrainingSet {
    /// The shipped examples, in file order. A file that fails to decode is a build defect the tests catch
    /// (`TrainingSetTests`); at run time it leaves that file's examples out rather than stopping cron.
    public static let shipped: [LabeledExample] = ShippedExamples.files.flatMap { file in
        (try? JSONLinesReader.labeledExamples(text: file.text, path: "Training/" + file.name)) ?? []
    }
}
