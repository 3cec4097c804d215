package com.example.types;

public enum Priority {
    LOW,
    HIGH
}
