import Foundation

/// Fits a weighted logistic regression with an L2 penalty on the coefficients (not the intercept) by Newton's
/// method (iteratively reweighted least squares), each coefficient held to the sign its feature's meaning
/// gives it, if any (an active set: a coefficient that takes the wrong sign is held at 0 and the rest refitted,
/// and one held at 0 is let go when the fit would move it the right way). Deterministic: the same rows in the
/// same order give the same bits, so a refit of unchanged data writes an unchanged model file.
///
/// Written here rather than taken from a package: no Swift package in reach fits a logistic model, the
/// problem is a few dozen features by some thousand posts, and Newton's method with a Cholesky solve is forty
/// lines whose every step can be read.
public struct LogisticRegression: Sendable {
    /// Strength of the L2 penalty, in units of posts: the coefficients are pulled toward 0 as if by that
    /// many posts' worth of evidence. Weights are scaled to sum to the number of rows, so the penalty means
    /// the same for any weighting.
    public var penalty: Double
    public var maxIterations = 100

    public init(penalty: Double = 1) {
        self.penalty = penalty
    }

    public struct Fit: Sendable, Equatable {
        public let intercept: Double
        public let coefficients: [Double]
        public let iterations: Int

        public func logit(_ row: [Double]) -> Double {
            var sum = intercept
            for (value, coefficient) in zip(row, coefficients) where value != 0 { sum += value * coefficient }
            return sum
        }
    }

    /// `rows[i]` are post i's feature values, `labels[i]` 1 for conversation and 0 for broadcast, `weights[i]`
    /// how much the post counts. `signs[j]`, when given, is +1 or -1 for a coefficient that may not take the
    /// other sign, 0 for a free one.
    public func fit(rows: [[Double]], labels: [Double], weights: [Double], signs: [Int] = []) -> Fit {
        let width = (rows.first?.count ?? 0) + 1
        let signs = signs.isEmpty ? Array(repeating: 0, count: width - 1) : signs
        var held = Set<Int>()
        var result = newton(rows: rows, labels: labels, weights: weights, held: held)
        var iterations = result.iterations
        for _ in 0..<(2 * width) {
            // Hold every coefficient of the wrong sign at 0; when none is, let go of one held coefficient whose
            // gradient points the allowed way.
            let wrong = (0..<(width - 1)).filter { !held.contains($0) && Double(signs[$0]) * result.coefficients[$0] < 0 }
            if !wrong.isEmpty {
                held.formUnion(wrong)
            } else if let free = (0..<(width - 1)).first(where: { held.contains($0) && Double(signs[$0]) * result.gradient[$0 + 1] > 1e-9 }) {
                held.remove(free)
            } else {
                break
            }
            result = newton(rows: rows, labels: labels, weights: weights, held: held)
            iterations += result.iterations
        }
        return Fit(intercept: result.beta[0], coefficients: result.coefficients, iterations: iterations)
    }

    /// Newton's method with the coefficients in `held` (0-based, the intercept not counted) fixed at 0; the
    /// gradient returned is at the solution, before the held coefficients are zeroed out of it.
    private func newton(rows: [[Double]], labels: [Double], weights: [Double], held: Set<Int>)
        -> (beta: [Double], coefficients: [Double], gradient: [Double], iterations: Int) {
        let count = rows.count, width = (rows.first?.count ?? 0) + 1
        let total = weights.reduce(0, +)
        let scale = total > 0 ? Double(count) / total : 1
        var beta = Array(repeating: 0.0, count: width)
        var iterations = 0
        var lastGradient = Array(repeating: 0.0, count: width)
        while iterations < maxIterations {
            iterations += 1
            // Gradient and Hessian of the penalised log-likelihood; column 0 is the intercept.
            var gradient = Array(repeating: 0.0, count: width)
            var hessian = Array(repeating: 0.0, count: width * width)
            var x = Array(repeating: 0.0, count: width)
            for index in 0..<count {
                x[0] = 1
                for column in 1..<width { x[column] = rows[index][column - 1] }
                var eta = 0.0
                for column in 0..<width { eta += x[column] * beta[column] }
                let p = 1 / (1 + exp(-eta))
                let weight = weights[index] * scale
                let residual = weight * (labels[index] - p)
                let curvature = weight * max(p * (1 - p), 1e-12)
                for row in 0..<width where x[row] != 0 {
                    gradient[row] += residual * x[row]
                    let scaled = curvature * x[row]
                    for column in row..<width where x[column] != 0 { hessian[row * width + column] += scaled * x[column] }
                }
            }
            for column in 1..<width {
                gradient[column] -= penalty * beta[column]
                hessian[column * width + column] += penalty
            }
            hessian[0] += 1e-9  // keeps the intercept's pivot positive when every label is the same
            for row in 0..<width { for column in 0..<row { hessian[row * width + column] = hessian[column * width + row] } }
            lastGradient = gradient
            for column in held.map({ $0 + 1 }) {
                gradient[column] = 0
                for other in 0..<width {
                    hessian[column * width + other] = 0
                    hessian[other * width + column] = 0
                }
                hessian[column * width + column] = 1
            }
            guard let step = Self.solve(hessian, gradient, size: width) else { break }
            var largest = 0.0
            for column in 0..<width {
                beta[column] += step[column]
                largest = max(largest, abs(step[column]))
            }
            if largest < 1e-10 { break }
        }
        return (beta, Array(beta[1...]), lastGradient, iterations)
    }

    /// Solves `matrix * x = vector` for a symmetric positive-definite matrix by Cholesky decomposition; nil
    /// when the matrix is not positive definite.
    static func solve(_ matrix: [Double], _ vector: [Double], size: Int) -> [Double]? {
        var lower = Array(repeating: 0.0, count: size * size)
        for row in 0..<size {
            for column in 0...row {
                var sum = matrix[row * size + column]
                for k in 0..<column { sum -= lower[row * size + k] * lower[column * size + k] }
                if row == column {
                    guard sum > 0 else { return nil }
                    lower[row * size + row] = sum.squareRoot()
                } else {
                    lower[row * size + column] = sum / lower[column * size + column]
                }
            }
        }
        var y = Array(repeating: 0.0, count: size)
        for row in 0..<size {
            var sum = vector[row]
            for k in 0..<row { sum -= lower[row * size + k] * y[k] }
            y[row] = sum / lower[row * size + row]
        }
        var x = Array(repeating: 0.0, count: size)
        for row in stride(from: size - 1, through: 0, by: -1) {
            var sum = y[row]
            for k in (row + 1)..<size { sum -= lower[k * size + row] * x[k] }
            x[row] = sum / lower[row * size + row]
        }
        return x
    }
}
