/**
 * A physical model of LLM serving (continuous batching on GPUs) calibrated on public measurements: for a model, an
 * accelerator, a server, request lengths and a load it predicts output tokens/s, TTFT, TPOT/ITL and NTPOT. The
 * constants are fitted by {@link dev.iqconsole.profile.calibration.Calibration} and committed in
 * {@code data/model_calibration.csv}; {@code docs/model-calibration.md} states the formula and its error.
 */
package dev.iqconsole.profile.calibration;
