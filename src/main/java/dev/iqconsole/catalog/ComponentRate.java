package dev.iqconsole.catalog;

import java.math.BigDecimal;

/**
 * Published per-vCPU and per-GiB hourly rates of one machine family under one pricing model. GCP bills
 * accelerator-optimized VMs as accelerators + vCPU + RAM, so subtracting these from the VM price leaves the
 * accelerator-only price GIQ uses for token costs.
 *
 * @param machinePrefix machine types starting with this prefix, e.g. {@code a3-highgpu-}
 */
record ComponentRate(
        String machinePrefix,
        PricingModel pricingModel,
        BigDecimal usdPerVcpuHour,
        BigDecimal usdPerGibHour,
        String source) {}
