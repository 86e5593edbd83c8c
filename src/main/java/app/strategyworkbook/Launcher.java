package app.strategyworkbook;
public class Launcher { public static void main(String[] a) {} }
