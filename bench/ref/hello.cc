// The process-start reference: a C++ hello world, built like any C++ program (dynamic libstdc++).
#include <iostream>
int main() { std::cout << "hello world\n"; }
