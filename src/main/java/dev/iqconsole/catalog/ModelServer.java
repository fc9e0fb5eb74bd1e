package dev.iqconsole.catalog;

/** A model server such as {@code vllm}, named in lower case as GIQ does. */
public record ModelServer(String id, String displayName, String source) {}
