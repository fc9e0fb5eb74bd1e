package dev.iqconsole.catalog;

/** GPUs and TPUs differ in node labels, resource names and server images. */
public enum AcceleratorFamily {
    GPU,
    TPU
}
