package dev.iqconsole.profile.calibration;

/**
 * The loads where requests queue, solved on the serving model's step times: Poisson arrivals at a request rate (an
 * exact birth-death chain) and a burst of prompts sent at once (stepped through to its last answer).
 */
final class QueuedLoads {

    private final ServingModel model;

    QueuedLoads(ServingModel model) {
        this.model = model;
    }

    /**
     * Poisson arrivals into a server whose completion rate depends on how many requests it holds: with {@code n}
     * requests in service each takes {@code service(n)}, so requests complete at {@code n / service(n)} per second,
     * up to the batch cap; beyond it arrivals wait. The number in the system is the birth-death chain of these rates,
     * solved exactly: near capacity its spread (not only its mean) sets the batch a request sees and the queue it
     * waits in, which is why latency rises well before the mean batch reaches the cap.
     */
    Prediction openLoop(StepTimes steps, RequestShape shape, double rate, int maxBatch) {
        double[] service = serviceByBatch(steps, shape, maxBatch);
        double capacityRate = maxBatch / service[maxBatch];
        if (rate >= capacityRate) {
            var capacity = model.closedLoop(steps, shape, maxBatch, maxBatch, true);
            return new Prediction(
                    capacity.outputTokensPerSecond(),
                    capacity.requestsPerSecond(),
                    maxBatch,
                    maxBatch,
                    Double.NaN,
                    capacity.tpotMs(),
                    Double.NaN,
                    true);
        }
        // log of the unnormalized probability of n requests in service, n = 0..maxBatch
        double[] logWeight = new double[maxBatch + 1];
        double peak = 0;
        for (int n = 1; n <= maxBatch; n++) {
            logWeight[n] = logWeight[n - 1] + Math.log(rate * service[n] / n);
            peak = Math.max(peak, logWeight[n]);
        }
        double total = 0;
        double inService = 0;
        double seen = 0; // sum of n·n·p(n): the batch a request finds, weighted by the requests that find it
        for (int n = 0; n <= maxBatch; n++) {
            double w = Math.exp(logWeight[n] - peak);
            total += w;
            inService += n * w;
            seen += (double) n * n * w;
        }
        // beyond the cap the chain is geometric with ratio rate / capacity: the queue
        double ratio = rate / capacityRate;
        double atCap = Math.exp(logWeight[maxBatch] - peak);
        double queueMass = atCap * ratio / (1 - ratio);
        double queued = atCap * ratio / ((1 - ratio) * (1 - ratio));
        total += queueMass;
        inService += maxBatch * queueMass;
        seen += (double) maxBatch * (maxBatch * queueMass + queued);
        double batch = inService / total;
        double requestBatch = seen / (inService + queued);
        double wait = queued / total / rate;
        double tpot = model.steadyStepSeconds(steps, shape, requestBatch);
        double ttft = model.ttftServiceSeconds(steps, shape, requestBatch, tpot) + wait;
        return ServingModel.prediction(shape, rate, batch, maxBatch, ttft, tpot, false);
    }

    /**
     * Seconds in service of one request at each batch 0..maxBatch, computed on a geometric grid of batches and
     * interpolated between them (the step time is smooth in the batch).
     */
    private double[] serviceByBatch(StepTimes steps, RequestShape shape, int maxBatch) {
        double[] service = new double[maxBatch + 1];
        int previous = 1;
        service[1] = serviceSeconds(steps, shape, 1);
        service[0] = service[1];
        while (previous < maxBatch) {
            int next = Math.min(maxBatch, Math.max(previous + 1, (int) Math.round(previous * 1.15)));
            service[next] = serviceSeconds(steps, shape, next);
            for (int n = previous + 1; n < next; n++) {
                double t = (double) (n - previous) / (next - previous);
                service[n] = service[previous] + t * (service[next] - service[previous]);
            }
            previous = next;
        }
        return service;
    }

    /**
     * All prompts arrive at once: the server admits up to its batch cap, prefills them in chunks while decoding, and
     * refills freed slots from the queue. Output lengths are exponential around the mean (memoryless: each step
     * finishes a share 1/O of the running sequences), so the run ends with its longest answers decoding at a small
     * batch, whose weight reads dominate. Steps are taken in blocks of O/16 with the state held in each block.
     */
    Prediction burst(StepTimes steps, RequestShape shape, int prompts, int maxBatch) {
        double input = shape.inputTokens();
        double output = shape.outputTokens();
        double chunk = Math.min(steps.prefillChunkTokens(), prompts * input);
        double queued = prompts;
        double prefilling = 0;
        double decoding = 0;
        double seconds = 0;
        double tokenSeconds = 0; // sum of step time x tokens decoded in it: the mean time between tokens
        double tokens = 0;
        // most blocks are this long, and a calibration fit runs this loop millions of times: the power once
        double blockSteps = Math.max(1, Math.floor(output / 16));
        double blockFinishedShare = 1 - Math.pow(1 - 1 / output, blockSteps);
        for (int block = 0; block < 100_000 && queued + prefilling + decoding >= 0.5; block++) {
            double admitted = Math.min(queued, maxBatch - prefilling - decoding);
            queued -= admitted;
            prefilling += admitted;
            double backlog = prefilling * input;
            double stepCount = decoding < 1 && backlog > 0 ? Math.max(1, Math.ceil(backlog / chunk)) : blockSteps;
            double promptPerStep = Math.min(chunk, backlog / stepCount);
            double step = steps.seconds(decoding, promptPerStep);
            double finished =
                    decoding * (stepCount == blockSteps ? blockFinishedShare : 1 - Math.pow(1 - 1 / output, stepCount));
            double prefilled = promptPerStep * stepCount / input;
            seconds += stepCount * step;
            tokenSeconds += stepCount * step * decoding;
            tokens += stepCount * decoding;
            prefilling -= prefilled;
            decoding += prefilled - finished;
        }
        double requestsPerSecond = prompts / seconds;
        double tpot = tokens > 0 ? tokenSeconds / tokens : model.steadyStepSeconds(steps, shape, 1);
        return new Prediction(
                requestsPerSecond * output,
                requestsPerSecond,
                Math.min(Math.max(tokens * tpot / seconds, 1), maxBatch),
                maxBatch,
                Double.NaN,
                tpot * 1e3,
                Double.NaN,
                true);
    }

    private double serviceSeconds(StepTimes steps, RequestShape shape, double batch) {
        double steadyStep = model.steadyStepSeconds(steps, shape, batch);
        return model.ttftServiceSeconds(steps, shape, batch, steadyStep) + (shape.outputTokens() - 1) * steadyStep;
    }
}
