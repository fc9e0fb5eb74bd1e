package dev.iqconsole.profile;

/** A model x model server x version that has profiles (GIQ's {@code ModelAndModelServerInfo}). */
public record ServerSetup(String model, String modelServer, String modelServerVersion) {}
