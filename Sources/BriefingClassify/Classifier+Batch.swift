import BriefingModel
import Foundation

extension Classifier {
    /// How many inputs one task classifies: enough to outweigh handing the work out.
    static let batchChunk = 256

    /// The classifications of `inputs`, in order, shared out over the cores: each classification
    /// depends on its input (and its feed's `volume`) alone, so the result is the same as
    /// classifying them one by one.
    public func classify(_ inputs: [ClassifierInput], volume: FeedVolume = .none) -> [Classification] {
        let chunks = (inputs.count + Self.batchChunk - 1) / Self.batchChunk
        guard chunks > 1 else { return inputs.map { classify($0, volume: volume) } }
        return [Classification](unsafeUninitializedCapacity: inputs.count) { buffer, initialized in
            guard let start = buffer.baseAddress else { return }
            let slots = Slots(start: start)
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let first = chunk * Self.batchChunk
                for index in first..<min(first + Self.batchChunk, inputs.count) {
                    (slots.start + index).initialize(to: classify(inputs[index], volume: volume))
                }
            }
            initialized = inputs.count
        }
    }
}

/// The result buffer of a batch. @unchecked: each task initialises only the slots of its own chunk,
/// and the buffer is read only after `concurrentPerform` has returned.
private struct Slots: @unchecked Sendable {
    let start: UnsafeMutablePointer<Classification>
}
